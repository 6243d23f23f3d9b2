"""Deterministic illustrative pictures for the ``seed_demo`` command.

``make_picture(seed)`` draws a stylised "news photo" illustration of a city
district -- sky gradient, sun or moon, clouds, a skyline of buildings with
lit windows, a row of trees and either a street or a river in the
foreground -- using Pillow only (no fonts, no downloads, no network).

The same ``seed`` always produces byte-identical JPEG output, so demo data is
reproducible; different seeds vary the time of day, palette and layout.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

# (sky top, sky bottom, sun colour, ambient tint for buildings, windows lit?)
_SKIES = [
    ((70, 140, 215), (190, 225, 245), (255, 245, 200), (0, 0, 0), False),  # noon
    ((40, 90, 170), (250, 190, 130), (255, 210, 120), (30, 10, 0), False),  # sunset
    ((110, 170, 225), (235, 240, 235), (255, 250, 225), (0, 0, 0), False),  # morning
    ((20, 30, 70), (120, 80, 130), (245, 240, 220), (-30, -30, -10), True),  # dusk
    ((150, 170, 190), (215, 220, 225), (245, 245, 240), (-5, -5, 0), False),  # overcast
    ((60, 120, 200), (255, 215, 170), (255, 230, 160), (15, 5, 0), False),  # golden hour
]

_BUILDING_COLOURS = [
    (225, 205, 170),
    (200, 190, 180),
    (235, 225, 200),
    (180, 165, 150),
    (210, 180, 150),
    (190, 200, 210),
    (240, 215, 180),
    (170, 180, 190),
    (230, 195, 160),
    (205, 210, 200),
    (215, 170, 140),
    (160, 150, 160),
]

_TREE_GREENS = [(60, 120, 60), (80, 140, 70), (45, 100, 55), (95, 150, 80), (70, 130, 90)]


def _clamp(v):
    return 0 if v < 0 else 255 if v > 255 else int(v)


def _tint(colour, delta, factor=1.0):
    return tuple(_clamp(c * factor + d) for c, d in zip(colour, delta, strict=True))


def _mix(a, b, t):
    return tuple(_clamp(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _gradient(width, height, top, bottom):
    """Vertical gradient image built from a 1-pixel column, then stretched."""
    column = Image.new("RGB", (1, 256))
    column.putdata([_mix(top, bottom, i / 255) for i in range(256)])
    return column.resize((width, height), Image.BILINEAR)


def _cloud(draw, rng, cx, cy, scale, colour):
    for _ in range(rng.randint(4, 7)):
        dx = rng.uniform(-1.2, 1.2) * scale
        dy = rng.uniform(-0.35, 0.2) * scale
        r = rng.uniform(0.45, 0.8) * scale
        draw.ellipse((cx + dx - r * 1.4, cy + dy - r, cx + dx + r * 1.4, cy + dy + r * 0.6), fill=colour)


def _building(draw, rng, x0, base, w, h, colour, night, ambient):
    x1 = x0 + w
    top = base - h
    body = _tint(colour, ambient, 0.75 if night else 1.0)
    shade = _tint(body, (-25, -25, -20))
    draw.rectangle((x0, top, x1, base), fill=body)
    # shaded right side for a little depth
    side = max(3, w // 7)
    draw.rectangle((x1 - side, top, x1, base), fill=shade)
    # roof details
    roof = rng.random()
    if roof < 0.3:
        draw.rectangle((x0 - 2, top - 6, x1 + 2, top), fill=shade)
    elif roof < 0.5 and w > 60:
        draw.polygon(
            [(x0 - 4, top), (x1 + 4, top), ((x0 + x1) / 2, top - w * 0.35)],
            fill=_tint((170, 70, 50), ambient, 0.8 if night else 1.0),
        )
    elif roof < 0.65:
        ax = rng.randint(int(x0 + 6), int(max(x0 + 7, x1 - 10)))
        draw.line((ax, top, ax, top - rng.randint(15, 40)), fill=shade, width=2)
    # windows
    win_w = max(6, int(w * rng.uniform(0.09, 0.14)))
    win_h = max(8, int(win_w * rng.uniform(1.1, 1.6)))
    gap_x = max(5, int(win_w * 0.8))
    gap_y = max(7, int(win_h * 0.7))
    cols = max(1, int((w - side - gap_x) // (win_w + gap_x)))
    start_x = x0 + (w - side - cols * (win_w + gap_x) + gap_x) / 2
    glass_day = _tint((120, 150, 175), ambient)
    glass_dark = _tint(body, (-60, -60, -45))
    lit = (255, 220, 130)
    y = top + gap_y + 4
    while y + win_h < base - 18:
        for c in range(cols):
            wx = start_x + c * (win_w + gap_x)
            if night:
                fill = lit if rng.random() < 0.55 else glass_dark
            else:
                fill = glass_day if rng.random() < 0.85 else _tint(glass_day, (30, 30, 30))
            draw.rectangle((wx, y, wx + win_w, y + win_h), fill=fill)
        y += win_h + gap_y
    # shop front / door on the ground floor
    door_w = max(8, w // 4)
    dx = x0 + (w - side - door_w) / 2
    draw.rectangle((dx, base - 16, dx + door_w, base), fill=_tint(body, (-70, -70, -60)))


def _tree(draw, rng, x, base, size, green, ambient):
    trunk = _tint((95, 70, 50), ambient)
    draw.rectangle((x - size * 0.08, base - size * 0.9, x + size * 0.08, base), fill=trunk)
    dark = _tint(green, ambient, 0.85)
    light = _tint(green, (20, 25, 10))
    cy = base - size
    for i in range(5):
        ox = rng.uniform(-0.35, 0.35) * size
        oy = rng.uniform(-0.35, 0.15) * size
        r = size * rng.uniform(0.3, 0.45)
        draw.ellipse((x + ox - r, cy + oy - r, x + ox + r, cy + oy + r), fill=dark if i < 3 else light)


def make_picture(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Return JPEG bytes of a deterministic district-scene illustration.

    ``seed`` selects time of day, palette, skyline, trees and foreground
    (street with cars or a river with a boat); the same seed and size always
    give the same bytes.
    """
    rng = random.Random(seed)
    sky_top, sky_bottom, sun_colour, ambient, night = _SKIES[rng.randrange(len(_SKIES))]
    # slight per-seed variation of the sky
    jitter = tuple(rng.randint(-12, 12) for _ in range(3))
    sky_top = _tint(sky_top, jitter)
    sky_bottom = _tint(sky_bottom, jitter)

    img = _gradient(width, height, sky_top, sky_bottom)
    draw = ImageDraw.Draw(img)

    horizon = int(height * rng.uniform(0.68, 0.76))

    # sun / moon with a soft halo
    sx = rng.uniform(0.12, 0.88) * width
    sy = rng.uniform(0.12, 0.32) * height
    sr = rng.uniform(0.035, 0.06) * width
    sky_at_sun = _mix(sky_top, sky_bottom, sy / height)
    for ring, strength in ((2.2, 0.12), (1.8, 0.22), (1.4, 0.38)):
        r = sr * ring
        draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=_mix(sky_at_sun, sun_colour, strength))
    draw.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), fill=sun_colour)

    # clouds
    cloud_colour = _mix((255, 255, 255), sky_bottom, 0.35 if not night else 0.7)
    for _ in range(rng.randint(2, 5)):
        _cloud(
            draw,
            rng,
            rng.uniform(0, width),
            rng.uniform(0.08, 0.4) * height,
            rng.uniform(0.03, 0.06) * width,
            cloud_colour,
        )

    # distant skyline silhouette (hazy)
    far = _mix(sky_bottom, (90, 100, 120), 0.35)
    x = -rng.randint(0, 40)
    while x < width:
        w = rng.randint(int(width * 0.04), int(width * 0.09))
        h = rng.randint(int(height * 0.12), int(height * 0.35))
        draw.rectangle((x, horizon - h, x + w, horizon), fill=far)
        x += w + rng.randint(0, 8)

    # soften sky + far skyline a touch, then keep drawing on the result
    img = img.filter(ImageFilter.BoxBlur(1))
    draw = ImageDraw.Draw(img)

    # main buildings
    x = -rng.randint(10, 60)
    while x < width:
        w = rng.randint(int(width * 0.07), int(width * 0.15))
        h = rng.randint(int(height * 0.18), int(height * 0.5))
        colour = _BUILDING_COLOURS[rng.randrange(len(_BUILDING_COLOURS))]
        _building(draw, rng, x, horizon, w, h, colour, night, ambient)
        x += w + rng.randint(2, int(width * 0.03))

    # foreground: street or river
    ground_h = height - horizon
    if rng.random() < 0.6:
        pavement = _tint((185, 180, 170), ambient, 0.7 if night else 1.0)
        asphalt = _tint((85, 88, 95), ambient, 0.8 if night else 1.0)
        draw.rectangle((0, horizon, width, horizon + ground_h * 0.22), fill=pavement)
        draw.rectangle((0, horizon + ground_h * 0.22, width, height), fill=asphalt)
        mid = horizon + ground_h * 0.6
        dash = width / 16
        for i in range(17):
            draw.rectangle((i * dash, mid - 3, i * dash + dash * 0.55, mid + 3), fill=(235, 230, 210))
        # a few cars / motorbikes
        cars = []
        for lane_pos in (0.38, 0.78):
            cx = rng.uniform(-0.05, 0.3) * width
            while cx < width and rng.random() < 0.8:
                cw = rng.uniform(0.06, 0.1) * width
                cars.append((cx, horizon + ground_h * lane_pos, cw))
                cx += cw + rng.uniform(0.08, 0.35) * width
        for cx, lane, cw in cars:
            ch = cw * 0.35
            car = (rng.randint(60, 230), rng.randint(60, 200), rng.randint(60, 220))
            draw.rounded_rectangle((cx, lane - ch, cx + cw, lane), radius=int(ch / 3), fill=car)
            draw.rounded_rectangle(
                (cx + cw * 0.2, lane - ch * 1.6, cx + cw * 0.75, lane - ch * 0.9),
                radius=int(ch / 4),
                fill=_tint(car, (-25, -25, -25)),
            )
            for wx in (cx + cw * 0.22, cx + cw * 0.78):
                draw.ellipse(
                    (wx - ch * 0.28, lane - ch * 0.28, wx + ch * 0.28, lane + ch * 0.28), fill=(30, 30, 35)
                )
    else:
        bank = _tint((120, 150, 90), ambient, 0.7 if night else 1.0)
        water_top = _mix(sky_bottom, (60, 110, 140), 0.5)
        water_bottom = _mix(sky_top, (30, 70, 100), 0.6)
        draw.rectangle((0, horizon, width, horizon + ground_h * 0.15), fill=bank)
        water_y = int(horizon + ground_h * 0.15)
        water = _gradient(width, height - water_y, water_top, water_bottom)
        img.paste(water, (0, water_y))
        draw = ImageDraw.Draw(img)
        ripple = _mix(water_top, (255, 255, 255), 0.35)
        for _ in range(rng.randint(25, 45)):
            rx = rng.uniform(0, width)
            ry = rng.uniform(water_y + 6, height - 4)
            rl = rng.uniform(20, 80)
            draw.line((rx, ry, rx + rl, ry), fill=ripple, width=2)
        # broken reflection of the sun / moon on the water
        glint = _mix(water_top, sun_colour, 0.55)
        ry = water_y + 6
        while ry < height:
            half = sr * rng.uniform(0.25, 0.8)
            off = rng.uniform(-0.2, 0.2) * sr
            draw.line((sx + off - half, ry, sx + off + half, ry), fill=glint, width=3)
            ry += rng.randint(7, 14)
        # a small boat
        bx = rng.uniform(0.15, 0.75) * width
        by = water_y + (height - water_y) * rng.uniform(0.35, 0.7)
        bw = width * 0.09
        draw.polygon(
            [(bx, by), (bx + bw, by), (bx + bw * 0.85, by + bw * 0.18), (bx + bw * 0.15, by + bw * 0.18)],
            fill=(120, 70, 45),
        )
        draw.rectangle((bx + bw * 0.35, by - bw * 0.18, bx + bw * 0.6, by), fill=(220, 200, 150))

    # row of trees along the pavement / bank
    green = _TREE_GREENS[rng.randrange(len(_TREE_GREENS))]
    tree_base = horizon + ground_h * 0.12
    x = rng.uniform(0, width * 0.08)
    while x < width:
        _tree(draw, rng, x, tree_base, rng.uniform(0.06, 0.1) * height, green, ambient)
        x += rng.uniform(0.1, 0.22) * width

    out = io.BytesIO()
    img.save(out, format="JPEG", quality=82, optimize=False)
    return out.getvalue()

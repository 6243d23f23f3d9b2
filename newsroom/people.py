"""How a member of staff is named on every page and in every list."""


def full_name(user):
    """The name as Vietnamese write it, family name first ("Hoàng Điệp"), from
    Django's last_name (family name) and first_name (given and middle names);
    the username when neither is set."""
    name = " ".join(part for part in (user.last_name.strip(), user.first_name.strip()) if part)
    return name or user.get_username()

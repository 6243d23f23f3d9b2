"""A tag's key now folds letters of other scripts drawn like Latin ones (a
Cyrillic "о" in "Đô thị") and drops invisible characters (newsroom.vietnamese.
label_key): every key is made again. Where two existing tags of a portal would
now share a key, the later keeps its old one, so no tag is lost; an editor can
merge them in the admin."""

from django.db import migrations


def refold_keys(apps, schema_editor):
    from newsroom.vietnamese import label_key

    Tag = apps.get_model("articles", "Tag")
    taken = set(Tag.objects.values_list("site_id", "key"))
    for tag in Tag.objects.order_by("pk").only("pk", "site_id", "name", "key"):
        key = label_key(tag.name)
        if key != tag.key and (tag.site_id, key) not in taken:
            taken.discard((tag.site_id, tag.key))
            taken.add((tag.site_id, key))
            Tag.objects.filter(pk=tag.pk).update(key=key)


class Migration(migrations.Migration):
    dependencies = [("articles", "0019_search_text_accented_words")]

    operations = [migrations.RunPython(refold_keys, migrations.RunPython.noop)]

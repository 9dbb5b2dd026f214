from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("rights", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="rightspage",
            name="edited_in_admin",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
    ]

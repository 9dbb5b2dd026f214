"""The payment order's served date moves onto the case's court papers (one place for every
court deadline); each stored date becomes a `payment_order` paper."""

from django.db import migrations


def forwards(apps, schema_editor):
    PaymentOrder = apps.get_model("followup", "PaymentOrder")
    CourtPaper = apps.get_model("cases", "CourtPaper")
    CourtPaper.objects.bulk_create(
        CourtPaper(case_id=order.case_id, kind="payment_order", served_on=order.served_on)
        for order in PaymentOrder.objects.all()
    )


def backwards(apps, schema_editor):
    PaymentOrder = apps.get_model("followup", "PaymentOrder")
    CourtPaper = apps.get_model("cases", "CourtPaper")
    for paper in CourtPaper.objects.filter(kind="payment_order").order_by("served_on"):
        PaymentOrder.objects.update_or_create(
            case_id=paper.case_id, defaults={"served_on": paper.served_on}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("followup", "0003_sending_per_version"),
        ("cases", "0004_court_paper"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.DeleteModel(name="PaymentOrder"),
    ]

"""The lender-type hint preselects a type only while the borrower has not chosen one."""

# A promise settled by htmx's next swap (or failing after 10 s rather than hanging).
WAIT_FOR_SWAP = """() => { window.swapped = new Promise((settled, failed) => {
  document.body.addEventListener('htmx:afterSettle', settled, {once: true});
  setTimeout(() => failed(new Error('no hint arrived')), 10000);
}); }"""


def test_a_type_tapped_after_typing_the_name_survives_the_blur(live_server, page):
    page.goto(f"{live_server.url}/zh-hans/cases/new/")
    name = page.locator("#id_lender_name")
    page.evaluate(WAIT_FOR_SWAP)
    name.fill("招商银行信用卡")
    page.locator("#id_product").focus()  # leaving the name sends the hint ("change")
    page.evaluate("window.swapped")
    assert page.locator(
        "#lender-type input[name=lender_type][value=bank_card]"
    ).is_checked()  # the hint
    page.locator(
        "#lender-type input[name=lender_type][value=online_platform]"
    ).check()  # the borrower's choice
    page.evaluate(WAIT_FOR_SWAP)
    name.fill("招商银行信用卡中心")
    page.locator("#id_product").focus()  # the blur sends another hint
    page.evaluate("window.swapped")
    assert page.locator("#lender-type input[name=lender_type][value=online_platform]").is_checked()

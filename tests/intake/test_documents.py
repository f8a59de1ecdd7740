"""Source texts from uploaded files (``predictions.intake.documents``): what a page's extraction keeps."""

from __future__ import annotations

from predictions.intake.documents import source_text_from_file

CHINESE_PAGE = """<html><head><meta charset="utf-8"><title>车企预计销量大增</title></head><body>
<nav><a href="/">首页</a> ｜ <a href="/sub">订阅：明年价格将上涨！</a></nav>
<article><h1>车企预计销量大增</h1>
<p>本报北京4月1日电 王总预计，2026年上半年销量将突破百万辆。</p>
<p>“我们有八成把握在两年内实现盈利。”王总在发布会上说。</p>
<p>专家认为，三年内电池成本将下降三成。</p></article>
<footer>版权所有</footer></body></html>"""


def test_a_chinese_page_keeps_its_article_without_the_menu_line_above_it() -> None:
    # The menu's "订阅：明年价格将上涨！" reads like a forecast: kept, it was offered as one.
    text = source_text_from_file("news.html", CHINESE_PAGE.encode())
    assert "王总预计，2026年上半年销量将突破百万辆。" in text
    assert "三年内电池成本将下降三成" in text
    assert "订阅" not in text and "首页" not in text

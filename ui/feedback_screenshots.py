"""`bottega screenshot feedback|nps`: the back office's Feedback page (notes, an open one selected) and
its NPS page, on the demo shop (or --db) with demo feedback and six months of NPS answers added."""
import tempfile
from pathlib import Path

SCREENS = ("feedback", "nps")


def feedback_screen(screen: str, db: Path | None, lang: str | None):
    from PySide6.QtWidgets import QApplication

    from shop.demo.feedback import add_demo_feedback
    from shop.office.shop_setup import ShopSetup, open_shop
    from ui.back_office import BackOfficeWindow
    from ui.screenshots import SIZE, _prepare_db, _staff
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        engine = open_shop(_prepare_db(db, Path(workdir)))
        settings = ShopSetup(engine).settings()
        add_demo_feedback(engine, settings.country)
        install_translations(app, lang or settings.locale)
        window = BackOfficeWindow(engine, _staff(engine, "owner"), settings)
        window.resize(*SIZE)
        window.show()
        page = window.show_page(screen)
        if hasattr(page, "screenshot_state"):
            page.screenshot_state()
        app.processEvents()
        picture = window.grab()
        window.close()
        engine.dispose()
    return picture

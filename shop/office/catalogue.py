"""The catalogue desk: products, categories, VAT rates, the till's quick keys, price changes, shelf labels."""
from sqlmodel import Session

from shop import catalog, catalogue_lists, price_change, product_admin, product_list
from shop.catalog import QuickKeyInfo
from shop.catalogue_lists import CategoryInfo, QuickKeyDraft, QuickKeySlot, VatRateInfo
from shop.office.desk import Desk
from shop.price_change import PriceChange
from shop.product_admin import ProductDetail, ProductDraft
from shop.product_list import PAGE, ProductRow, Query
from shop.settings import ShopSettings
from shop.shelf_labels import ShelfLabel, labels_for


class Catalogue(Desk):
    def categories(self) -> list[CategoryInfo]:
        return self._read(catalogue_lists.categories)

    def vat_rates(self) -> list[VatRateInfo]:
        return self._read(catalogue_lists.vat_rates)

    def lists(self) -> tuple[list[VatRateInfo], list[CategoryInfo]]:
        """The VAT rates and the categories, as one snapshot (the product form's choices)."""
        return self._read(lambda session: (catalogue_lists.vat_rates(session), catalogue_lists.categories(session)))

    def save_category(self, name: str, color: str, category_id: str | None = None) -> str:
        return self._write(catalogue_lists.save_category, self.signed_in, name, color, category_id)

    def delete_category(self, category_id: str) -> None:
        self._write(catalogue_lists.delete_category, self.signed_in, category_id)

    def save_vat_rate(self, code: str, name: str, rate: str, rate_id: str | None = None) -> str:
        return self._write(catalogue_lists.save_vat_rate, self.signed_in, code, name, rate, rate_id)

    def delete_vat_rate(self, rate_id: str) -> None:
        self._write(catalogue_lists.delete_vat_rate, self.signed_in, rate_id)

    def quick_keys(self) -> list[QuickKeyInfo]:
        """The keys as the till shows them."""
        return self._read(catalog.quick_keys)

    def quick_key_layout(self) -> tuple[list[QuickKeySlot], list[QuickKeyInfo]]:
        """The stored layout and the keys as the till shows them, from one snapshot."""
        return self._read(lambda session: (catalogue_lists.quick_key_layout(session), catalog.quick_keys(session)))

    def set_quick_key_layout(self, keys: list[QuickKeyDraft]) -> None:
        self._write(catalogue_lists.set_quick_key_layout, self.signed_in, keys)

    def find_products(self, text: str, limit: int = 30) -> list[ProductRow]:
        """Products on sale matching `text` (to add as quick keys)."""
        return self._read(product_list.filter_products, text, limit=limit, active_only=True)[1]

    def first_page(self, text: str) -> tuple[Query, list[ProductRow], list[ProductRow]]:
        """One keystroke of the product list: the query, its barcode matches, its first page by name."""
        def work(session: Session):
            query = product_list.make_query(session, text)
            return query, product_list.barcode_matches(session, query), product_list.page(session, query, None, PAGE)
        return self._read(work)

    def next_page(self, query: Query, after: tuple[str, int] | None) -> list[ProductRow]:
        return self._read(product_list.page, query, after, PAGE)

    def product(self, product_id: str) -> ProductDetail:
        return self._read(product_admin.product_detail, product_id)

    def save_product(self, draft: ProductDraft, product_id: str | None = None) -> str:
        """The product's id; InvalidFields naming every problem, and nothing written, if refused."""
        return self._write(product_admin.save_product, self.signed_in, draft, product_id)

    def set_active(self, product_id: str, active: bool) -> None:
        self._write(product_admin.set_active, self.signed_in, product_id, active)

    def preview_prices(self, kind: str, change: str, settings: ShopSettings, *, product_ids: list[str] | None = None,
                       category_id: str | None = None) -> list[PriceChange]:
        """Every old and new price: of `product_ids`, else of the category's products on sale, else of all on sale."""
        def work(session: Session) -> list[PriceChange]:
            ids = product_ids if product_ids is not None else product_list.ids_in(session, category_id)
            return price_change.preview(session, ids, kind, change, settings)
        return self._read(work)

    def apply_prices(self, changes: list[PriceChange]) -> int:
        """How many prices changed; all of them, or none."""
        return self._write(price_change.apply, self.signed_in, changes)

    def shelf_labels(self, product_ids: list[str]) -> list[ShelfLabel]:
        return self._read(labels_for, product_ids)

"""What the owner reads when the catalogue refuses something: one translated sentence per problem, shown at its field."""
from PySide6.QtCore import QCoreApplication

from shop.catalogue_errors import (CategoryInUse, FieldProblem, InvalidFields, NothingToChange, PreviewOutdated,
                                   Problem, RecordNotFound, VatRateInUse)
from shop.errors import NotAllowed

# Called by this name (not through a helper) so that lupdate finds every sentence.
translate = QCoreApplication.translate


def problem_message(problem: FieldProblem) -> str:
    """The sentence for one field's problem."""
    value, other = problem.value, problem.other
    match problem.problem:
        case Problem.REQUIRED:
            text = translate("catalogue", "Required.")
        case Problem.TOO_LONG:
            text = translate("catalogue", "At most %1 characters.").replace("%1", other)
        case Problem.NOT_AN_AMOUNT:
            if problem.field == "change":
                text = translate("catalogue", "'%1' is not a number. Type for example 10 or 0,50.").replace("%1", value)
            else:
                text = translate("catalogue", "'%1' is not a price. Type for example 1,50.").replace("%1", value)
        case Problem.WHOLE_UNITS:
            text = translate("catalogue", "'%1': prices here are in whole units, without decimals. Type for example 1500.").replace("%1", value)
        case Problem.NEGATIVE:
            if problem.field == "change":
                text = translate("catalogue", "%1 (%2) would cost less than nothing.").replace("%1", other).replace("%2", value)
            else:
                text = translate("catalogue", "A price cannot be negative.")
        case Problem.TOO_LARGE:
            if problem.field == "change":
                text = translate("catalogue", "%1 (%2) would cost too much.").replace("%1", other).replace("%2", value)
            else:
                text = translate("catalogue", "'%1' is far too large for a price.").replace("%1", value)
        case Problem.NOT_A_BARCODE:
            text = translate("catalogue", "%1 is not an EAN-13, EAN-8 or UPC-A barcode (8, 12 or 13 digits).").replace("%1", value)
        case Problem.CHECK_DIGIT:
            text = translate("catalogue", "%1 has a wrong check digit: scan it again or check the last digit.").replace("%1", value)
        case Problem.SCALE_PREFIX:
            text = translate("catalogue", "%1 starts like a scale label (weight or price inside): give a weighed "
                                          "item a PLU instead.").replace("%1", value)
        case Problem.DUPLICATE:
            text = translate("catalogue", "%1 is already used by %2.").replace("%1", value).replace("%2", other)
        case Problem.REPEATED:
            text = translate("catalogue", "%1 is listed twice (%2).").replace("%1", value).replace("%2", other)
        case Problem.NOT_DIGITS:
            text = translate("catalogue", "Digits only.")
        case Problem.UNKNOWN:
            text = translate("catalogue", "Choose one from the list.")
        case Problem.BAD_UNIT:
            text = translate("catalogue", "Choose piece or kg.")
        case Problem.BAD_COLOR:
            text = translate("catalogue", "A colour is written #rrggbb, for example #2a9d8f.")
        case Problem.BAD_RATE:
            text = translate("catalogue", "'%1' is not a percentage from 0 to 100.").replace("%1", value)
        case Problem.SKU_FIXED:
            text = translate("catalogue", "The SKU of a product shared with the server cannot change (it was %1).").replace("%1", other)
        case _:
            text = str(problem.problem)
    return text


def error_message(error: Exception) -> str:
    """The sentence for an error that belongs to no single field."""
    match error:
        case InvalidFields(problems=problems):
            return " ".join(problem_message(p) for p in problems)
        case VatRateInUse(code=code, products=count):
            return translate("catalogue", "VAT rate %1 is used by %2 products: give them another rate first.") \
                .replace("%1", code).replace("%2", str(count))
        case CategoryInUse(name=name, products=count):
            return translate("catalogue", "Category %1 has %2 products: move them to another category first.") \
                .replace("%1", name).replace("%2", str(count))
        case PreviewOutdated(sku=sku):
            return translate("catalogue", "The price of %1 changed meanwhile. Nothing was written: preview again.").replace("%1", sku)
        case NothingToChange():
            return translate("catalogue", "No product would change: choose products and a change first.")
        case RecordNotFound():
            return translate("catalogue", "This was deleted meanwhile. The list is up to date again.")
        case NotAllowed():
            return translate("catalogue", "Only an owner or a manager may change the catalogue.")
    return str(error)


def words(error: Exception, settings=None) -> str | None:
    """The catalogue area of ui/messages.py's registry (shop/catalogue_errors.py's errors)."""
    return error_message(error) if type(error).__module__ == "shop.catalogue_errors" else None

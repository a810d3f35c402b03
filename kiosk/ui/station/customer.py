"""Finding, creating and attaching a Final POS customer at the station.

`station.customers` in QML. Lookups filter the directory's cached list client-side
(`kiosk.services.station.customers`); a new customer is validated before anything is sent,
and each problem becomes one sentence here.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.station.customers import CustomerOutcome, CustomerProblem, CustomerRow
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


class CustomerListModel(RowListModel):
    ROLES = ("customerId", "name", "email", "phone")


def customer_problem_text(problem: CustomerProblem) -> str:
    return {
        CustomerProblem.EMAIL_INVALID: tr("Enter an e-mail address such as name@example.com."),
        CustomerProblem.FIRST_NAME_MISSING: tr("Enter the first name."),
        CustomerProblem.LAST_NAME_MISSING: tr("Enter the last name."),
        CustomerProblem.NAME_TOO_LONG: tr("Names can be at most 60 characters."),
        CustomerProblem.PHONE_INVALID: tr("Enter a phone number of 6 to 15 digits, or none."),
        CustomerProblem.EMAIL_TAKEN: tr("A customer with this e-mail exists: attach them instead."),
    }[problem]


class CustomerViewModel(QObject):
    """`station.customers`; see the module docstring."""

    customer_form_changed = Signal()

    def __init__(
        self, state: StationState, sale: SaleViewModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._directory = state.desk.customers
        self._query = ""
        self._errors: list[str] = []
        self.customer_list = CustomerListModel(self)

    def _get_customers(self) -> QObject:
        return self.customer_list

    customerModel = Property(QObject, _get_customers, constant=True)

    def _get_errors(self) -> list[str]:
        return list(self._errors)

    customerErrors = Property(list, _get_errors, notify=customer_form_changed)

    def _get_query(self) -> str:
        return self._query

    customerQuery = Property(str, _get_query, notify=customer_form_changed)

    @Slot()
    def openCustomers(self) -> None:
        if self._sale.locked():
            return
        self._errors = []
        self.customer_form_changed.emit()
        self._state.go(StationScreen.CUSTOMER)
        self._state.say(tr("Find the customer, or create them on the right."))
        self._state.run("customers", self.refresh_customers_async())

    async def refresh_customers_async(self) -> None:
        if await self._directory.refresh_async() is not CustomerOutcome.OK:
            self._state.unreachable()
        self.setCustomerQuery(self._query)

    @Slot(str)
    def setCustomerQuery(self, text: str) -> None:
        self._query = text
        self.customer_form_changed.emit()
        rows = self._directory.search(text) if text.strip() else []
        self.customer_list.set_rows([(r.id, r.name, r.email, r.phone) for r in rows])

    @Slot(str)
    def attachCustomer(self, customer_id: str) -> None:
        row = self._directory.by_id(customer_id)
        if row is not None:
            self._attach(row)

    def _attach(self, row: CustomerRow) -> None:
        if self._sale.locked():
            return
        self._sale.set_customer(row)
        self._state.go(StationScreen.SALE)
        self._state.say(tr("{name} is on this sale.", name=row.name), MessageKind.SUCCESS)

    @Slot(str, str, str, str)
    def createCustomer(self, email: str, first: str, last: str, phone: str) -> None:
        self._state.run("customers", self.create_customer_async(email, first, last, phone))

    async def create_customer_async(
        self, email: str, first: str, last: str, phone: str = ""
    ) -> CustomerOutcome:
        st = self._state
        st.set_busy(True)
        try:
            result = await self._directory.create_async(
                email=email, first_name=first, last_name=last, phone=phone
            )
        finally:
            st.set_busy(False)
        self._errors = [customer_problem_text(p) for p in result.problems]
        self.customer_form_changed.emit()
        if result.outcome is CustomerOutcome.OK and result.customer is not None:
            self._attach(result.customer)
        elif result.outcome is CustomerOutcome.INVALID:
            st.say(tr("Check the details marked below."), MessageKind.ERROR)
        elif result.outcome is CustomerOutcome.UNKNOWN:
            st.say(
                tr("Final POS did not confirm the new customer. Search for them in a minute."),
                MessageKind.ERROR,
            )
        else:
            st.unreachable()
        return result.outcome

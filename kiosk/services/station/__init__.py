"""The staff-assisted checkout station's services (no Qt): search and barcode look-up, the
scanner, discounts, customers, parked orders, cash tender and the till's cash count."""

package org.maoni.bill.web;

import org.maoni.support.MaoniPostgresIntegrationTest;

/** The bill API contract on PostgreSQL (profile {@code postgres}), in a database created fresh for this run. */
@MaoniPostgresIntegrationTest
class BillApiPostgresTest extends AbstractBillApiContract {}

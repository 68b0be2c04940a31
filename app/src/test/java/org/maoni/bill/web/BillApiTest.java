package org.maoni.bill.web;

import org.maoni.support.MaoniIntegrationTest;

/** The bill API contract on the embedded default: H2 file database. */
@MaoniIntegrationTest
class BillApiTest extends AbstractBillApiContract {}

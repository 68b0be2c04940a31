package org.maoni.memorandum.web;

import org.maoni.support.MaoniPostgresIntegrationTest;

/** The memorandum API contract on PostgreSQL (profile {@code postgres}), in a database created fresh for this run. */
@MaoniPostgresIntegrationTest
class MemorandumApiPostgresTest extends AbstractMemorandumApiContract {}

package org.maoni.memorandum.web;

import org.maoni.support.MaoniIntegrationTest;

/** The memorandum API contract on the embedded default (H2). */
@MaoniIntegrationTest
class MemorandumApiTest extends AbstractMemorandumApiContract {}

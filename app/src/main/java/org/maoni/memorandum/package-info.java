/** The memorandum module: intake of memoranda and their clause-by-clause proposals on a bill version. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bill", "bill :: ingest", "bill :: parsing"})
package org.maoni.memorandum;

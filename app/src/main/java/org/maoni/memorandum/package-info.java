/** The memorandum module: intake of memoranda and their clause-by-clause proposals on a bill version. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"bill", "bill :: ingest", "bill :: parsing", "calendar", "notification", "web"})
package org.maoni.memorandum;

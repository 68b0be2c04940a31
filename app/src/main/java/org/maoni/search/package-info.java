/**
 * The search module: a full-text index of bill provisions, memoranda, proposals and committee decisions behind the {@link org.maoni.search.SearchIndex} port, with a Lucene adapter (the embedded
 * default) and an Elasticsearch adapter; kept up to date by listening to the other modules' events after commit, and
 * served at {@code GET /api/search}.
 */
@ApplicationModule(allowedDependencies = {"bill", "calendar", "memorandum", "web"})
package org.maoni.search;

import org.springframework.modulith.ApplicationModule;

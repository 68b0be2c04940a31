/**
 * The report module: reads bills and their provision trees (and, later, memoranda and decisions) and turns them into
 * committee reports and open-data exports such as Akoma Ntoso XML.
 */
@ApplicationModule(allowedDependencies = {"bill"})
package org.maoni.report;

import org.springframework.modulith.ApplicationModule;

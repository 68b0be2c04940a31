/**
 * The report module: reads bills and their provision trees with the memoranda and decisions on them and turns them into
 * committee reports and open-data exports such as Akoma Ntoso XML.
 */
@ApplicationModule(allowedDependencies = {"bill", "diff", "memorandum"})
package org.maoni.report;

import org.springframework.modulith.ApplicationModule;

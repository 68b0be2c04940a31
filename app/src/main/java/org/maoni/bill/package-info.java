/**
 * The bill module: bills, their versions and provision trees, and the ingestion of Gazette PDFs and DOCX files into
 * those trees. Depends only on {@code diff}.
 */
@ApplicationModule(allowedDependencies = {"diff", "web"})
package org.maoni.bill;

import org.springframework.modulith.ApplicationModule;

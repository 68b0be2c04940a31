/**
 * Drafting the next version from the committee's decisions: which accepted proposals a drafter can apply to a draft
 * mechanically, applying them through the bill module's draft API, and the record of each application against its
 * decision. Reads proposals only through the memorandum module's API.
 */
@ApplicationModule(allowedDependencies = {"bill", "memorandum", "web"})
package org.maoni.drafting;

import org.springframework.modulith.ApplicationModule;

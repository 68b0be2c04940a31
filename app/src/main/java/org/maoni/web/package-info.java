/** Cross-cutting web concerns: every error answered as an RFC 9457 problem detail. Depends on no other module. */
@ApplicationModule(allowedDependencies = {})
package org.maoni.web;

import org.springframework.modulith.ApplicationModule;

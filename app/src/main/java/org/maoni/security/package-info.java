/** The security module: staff accounts and roles, sign-in, and who may call what. Depends on no other module. */
@ApplicationModule(allowedDependencies = {})
package org.maoni.security;

import org.springframework.modulith.ApplicationModule;

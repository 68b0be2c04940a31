/**
 * Kenya's public holidays and working-day arithmetic for response deadlines; a pure core that depends on no other
 * Maoni module and on no framework.
 */
@ApplicationModule(allowedDependencies = {})
package org.maoni.calendar;

import org.springframework.modulith.ApplicationModule;

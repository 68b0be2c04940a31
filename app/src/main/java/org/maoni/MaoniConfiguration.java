package org.maoni;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Application-wide beans that belong to no single module. */
@Configuration
class MaoniConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

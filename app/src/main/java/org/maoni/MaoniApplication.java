package org.maoni;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Maoni application: one Spring Boot process with the Camunda engine embedded. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaoniApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaoniApplication.class, args);
    }
}

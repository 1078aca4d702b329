package org.amicus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Amicus: one system for a coalition that campaigns for a treaty and monitors its Court. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AmicusApplication {

    public static void main(String[] args) {
        SpringApplication.run(AmicusApplication.class, args);
    }
}

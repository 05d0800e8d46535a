package org.practiceassistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The practice guidance assistant: Ask, Draft and Check behind a Teams bot and a JSON API. */
@SpringBootApplication
public class PracticeAssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticeAssistantApplication.class, args);
    }
}

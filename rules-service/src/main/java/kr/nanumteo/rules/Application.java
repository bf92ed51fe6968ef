package kr.nanumteo.rules;

import kr.nanumteo.rules.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nanumteo Rules: the guideline's requirements as versioned rule packs, evaluated and recorded. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (!Commands.startsService(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}

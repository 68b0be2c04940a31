package org.maoni.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the web UI's shell for the paths the UI routes in the browser ({@code /bills/**}, {@code /signin}), so deep
 * links and reloads of those pages work; the shell's scripts then render the page for the path.
 */
@Controller
public class UiRoutes {

    @GetMapping({"/signin", "/bills", "/bills/**", "/tasks", "/tasks/**", "/memoranda/**", "/search"})
    public String shell() {
        return "forward:/index.html";
    }
}

package kr.nanumteo.rules.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's front door: the sign-in form, the start page of each role, and the page of a refusal by role. */
@Controller
class ConsoleHome {

    @GetMapping("/console")
    String home() {
        return "console/home";
    }

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    /** Where Spring Security forwards a request this account may not make (403) — or a form post without its CSRF token. */
    @RequestMapping("/console/denied")
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("expiredForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "console/denied";
    }
}

package org.amicus.states.internal.staff;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.record.Draft;
import org.amicus.states.internal.record.EventCsv;
import org.amicus.states.internal.record.EventRecorder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of treaty events from CSV in two steps: a dry run that reports every bad line and
 * changes nothing, then an all-or-nothing apply of exactly the file that was checked.
 */
@Controller
@RequestMapping("/staff/import")
class ImportController {

    private final EventRecorder recorder;

    ImportController(EventRecorder recorder) {
        this.recorder = recorder;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("header", String.join(",", EventCsv.HEADER));
        return "states/import";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("header", String.join(",", EventCsv.HEADER));
        model.addAttribute("fileName", file.getOriginalFilename());
        byte[] bytes = file.getBytes();
        try {
            List<Draft> drafts = EventCsv.read(bytes);
            var problems = recorder.check(drafts);
            model.addAttribute("drafts", drafts);
            model.addAttribute("problems", problems);
            if (problems.isEmpty()) {
                model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
            }
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "states/import";
    }

    @PostMapping("/apply")
    String apply(@RequestParam String content, Model model, RedirectAttributes flash) {
        try {
            var saved = recorder.record(EventCsv.read(Base64.getDecoder().decode(content)));
            flash.addFlashAttribute("notice", "import.applied");
            flash.addFlashAttribute("noticeArgs", new Object[] { saved.size() });
            return "redirect:/staff/import";
        } catch (RejectedInput e) {
            model.addAttribute("header", String.join(",", EventCsv.HEADER));
            model.addAttribute("problems", e.problems());
            return "states/import";
        }
    }
}

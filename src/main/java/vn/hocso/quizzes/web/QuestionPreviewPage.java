package vn.hocso.quizzes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hocso.platform.i18n.Messages;
import vn.hocso.platform.security.CurrentActor;
import vn.hocso.platform.web.Language;
import vn.hocso.quizzes.core.QuestionHtml;
import vn.hocso.quizzes.gift.Answer;
import vn.hocso.quizzes.gift.ParseResult;
import vn.hocso.quizzes.gift.Question;
import vn.hocso.quizzes.service.QuestionBankService;

/**
 * /training/questions.xhtml: a trainer pastes GIFT or Aiken (from Moodle, from a colleague)
 * and sees each question as learners will, with the marks of its answers, or every
 * problem with its line. Nothing is stored.
 */
@Named
@RequestScoped
public class QuestionPreviewPage {

    @Inject
    private QuestionBankService bank;
    @Inject
    private CurrentActor current;
    @Inject
    private Language language;

    private String format = "gift";
    private String text;
    private ParseResult result;

    public void preview() {
        result = bank.preview(current.actor(), format, text);
    }

    /** The problems, each with its line, in the page's language. */
    public List<String> getProblems() {
        return result == null ? List.of() : result.problems().stream()
                .map(p -> language.text("problem.atLine", format.toUpperCase(), String.valueOf(p.line()),
                        Messages.text(language.getLocale(), p.messageKey(), p.arguments().toArray())))
                .toList();
    }

    public List<Question> getQuestions() {
        return result == null ? List.of() : result.questions();
    }

    public String html(Question question, String part) {
        return QuestionHtml.render(question.format(), part);
    }

    /** Type, name and category, those there are. */
    public String describe(Question question) {
        return Stream.of(language.text("questionType." + question.type().name()), question.name(), question.category())
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
    }

    /** How an answer reads in the preview: its text (or pair, or number ± tolerance) and its mark. */
    public String answer(Answer answer) {
        String shown = answer.isPair() ? answer.text() + " → " + answer.match()
                : answer.isNumber() && answer.tolerance().signum() > 0 ? answer.text() + " ± " + answer.tolerance().toPlainString()
                : answer.text();
        return shown + " (" + answer.fraction().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%)";
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

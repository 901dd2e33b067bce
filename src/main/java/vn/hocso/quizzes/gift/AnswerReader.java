package vn.hocso.quizzes.gift;

import java.util.List;

/** Reads the answers of one question type from an answer block (general feedback taken off). */
interface AnswerReader {

    /** The answers; when something is wrong, reports it and returns what could be read. */
    List<Answer> read(Span answers, Problems problems);
}

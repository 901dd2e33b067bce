package vn.hocso.quizzes.service;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.hocso.platform.errors.DomainException;
import vn.hocso.quizzes.core.LearnerResponse;
import vn.hocso.quizzes.gift.QuestionType;

/**
 * The JSON a page sends as an answer, by question type: a choice id (multiple choice,
 * true/false), an array of choice ids (multiple answer), a string (short answer,
 * numerical, essay), an object of item id to choice id (matching), or null (cleared).
 */
public final class ResponseJson {

    /** Enough for a long essay; the column holds the JSON with room to spare. */
    public static final int MAX_TEXT = 6000;

    private ResponseJson() {
    }

    public static LearnerResponse read(String json, QuestionType type) {
        if (json == null) {
            return new LearnerResponse.None();
        }
        try {
            return read(Json.createReader(new StringReader(json)).readValue(), type);
        } catch (JsonParsingException e) {
            throw invalid();
        }
    }

    /** The answer, or a DomainException (422) for JSON of the wrong shape for this type. */
    public static LearnerResponse read(JsonValue value, QuestionType type) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return new LearnerResponse.None();
        }
        try {
            return parse(value, type);
        } catch (ClassCastException | ArithmeticException | NumberFormatException e) {
            throw invalid();
        }
    }

    private static LearnerResponse parse(JsonValue value, QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> new LearnerResponse.Choice(((JsonNumber) value).intValueExact());
            case MULTIPLE_ANSWER -> {
                Set<Integer> ids = new HashSet<>();
                ((JsonArray) value).forEach(id -> ids.add(((JsonNumber) id).intValueExact()));
                yield new LearnerResponse.Choices(ids);
            }
            case SHORT_ANSWER, NUMERICAL, ESSAY -> {
                String text = ((JsonString) value).getString();
                if (text.length() > MAX_TEXT) {
                    throw DomainException.invalid("response", "attempt.responseTooLong", MAX_TEXT);
                }
                yield new LearnerResponse.Text(text);
            }
            case MATCHING -> {
                Map<Integer, Integer> chosen = new HashMap<>();
                ((JsonObject) value).forEach((item, choice) -> chosen.put(Integer.valueOf(item), ((JsonNumber) choice).intValueExact()));
                yield new LearnerResponse.Matching(chosen);
            }
        };
    }

    public static DomainException invalid() {
        return DomainException.invalid("response", "attempt.responseInvalid");
    }
}

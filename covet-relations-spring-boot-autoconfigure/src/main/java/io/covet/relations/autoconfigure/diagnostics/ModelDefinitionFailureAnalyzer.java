package io.covet.relations.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.covet.relations.exception.ModelDefinitionException;

/** Explains a model that cannot be mapped at startup, in Spring Boot's failure report format. */
public class ModelDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<ModelDefinitionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ModelDefinitionException cause) {
		return new FailureAnalysis(
				"A Covet Relations model is declared in a way that cannot work:\n\n    " + cause.getMessage() + "\n",
				"Fix the model and field named above, or keep the class out of covet.relations.model-packages.", cause);
	}
}

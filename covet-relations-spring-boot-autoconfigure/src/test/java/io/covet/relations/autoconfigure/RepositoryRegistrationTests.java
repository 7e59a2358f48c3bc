package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanDefinitionStoreException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.models.NoteRepository;
import io.covet.relations.autoconfigure.models.NotebookRepository;
import io.covet.relations.autoconfigure.repository.CovetRepositoryFactoryBean;

/** Which repository interfaces become beans, under which names, and when the application's own beans win. */
class RepositoryRegistrationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("registration"),
				"covet.relations.model-packages=io.covet.relations.autoconfigure.models",
				"covet.relations.schema.auto-create=true",
				"covet.relations.repository-packages=io.covet.relations.autoconfigure.models");

	@Test
	void twoInterfacesWithOneSimpleNameFailNamingBoth() {
		this.runner.withPropertyValues("covet.relations.repository-packages=io.covet.relations.autoconfigure.samename")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(BeanDefinitionStoreException.class)
				.hasMessageContaining("io.covet.relations.autoconfigure.samename.first.LabelRepository")
				.hasMessageContaining("io.covet.relations.autoconfigure.samename.second.LabelRepository")
				.hasMessageContaining("'labelRepository'"));
	}

	@Test
	void anUnrelatedBeanWithTheRepositorysNameFails() {
		this.runner.withUserConfiguration(UnrelatedBeanNamedLikeARepository.class)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(BeanDefinitionStoreException.class)
				.hasMessageContaining("'noteRepository'")
				.hasMessageContaining(NoteRepository.class.getName()));
	}

	@Test
	void theApplicationsOwnBeanOfTheRepositoryTypeWinsWhateverItsName() {
		this.runner.withUserConfiguration(OwnNotebookRepository.class).run(context -> {
			assertThat(context).hasSingleBean(NotebookRepository.class);
			assertThat(context).hasBean("myNotebooks").doesNotHaveBean("notebookRepository");
			assertThat(context).hasSingleBean(NoteRepository.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UnrelatedBeanNamedLikeARepository {

		@Bean
		String noteRepository() {
			return "not a repository";
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnNotebookRepository {

		@Bean
		NotebookRepository myNotebooks(CovetRelations relations) {
			return CovetRepositoryFactoryBean.create(relations, NotebookRepository.class);
		}
	}
}

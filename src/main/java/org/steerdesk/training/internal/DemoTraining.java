package org.steerdesk.training.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steerdesk.training.Trainings;
import org.steerdesk.imports.DemoFiles;
import org.steerdesk.imports.ImportPipeline;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.DemoMode;
import org.steerdesk.training.TrainingParticipants;
import org.steerdesk.training.TrainingTrainers;

/**
 * The demo province's year of courses for experts, collaborators, advisers, reporters and staff, from
 * {@code demo/trainings.csv} through the import pipeline, and the experts' course's trainers and named participants (H2 only).
 */
@Component
@Order(28)
class DemoTraining implements ApplicationRunner {

	private final Runnable load;

	private final Runnable people;

	DemoTraining(DemoMode demo, Units units, Trainings trainings, ImportPipeline pipeline, TrainingTrainers trainers,
			TrainingParticipants participants) {
		this.load = () -> DemoFiles.loadIfWanted(demo, pipeline, "trainings",
				() -> units.byCode("LS").isPresent() && trainings.byCode("LS-T22-01").isEmpty());
		// the experts' course: who taught it and who took it
		this.people = () -> {
			if (!demo.enabled() || trainings.byCode("LS-T22-01").filter(t -> trainers.of(t).isEmpty()).isEmpty()) {
				return;
			}
			Actor actor = DemoMode.actor();
			trainers.add("LS-T22-01", "P-HOI", null, null, "Định hướng công tác thông tin đối ngoại năm 2022", actor);
			trainers.add("LS-T22-01", null, "Trần Thu Trang", "Giảng viên, Học viện Báo chí và Tuyên truyền",
					"Kỹ năng viết tin, bài thông tin đối ngoại", actor);
			for (String person : java.util.List.of("P-BTG-CV", "P-TD", "P-CLC")) {
				participants.add("LS-T22-01", person, actor);
			}
		};
	}

	@Override
	public void run(ApplicationArguments args) {
		load.run();
		people.run();
	}
}

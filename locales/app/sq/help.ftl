# Help read aloud in the learner's language (issue #13 §3), and the voice check page.
help-read-aloud = Lexoje me zë në { $language }
help-no-voice = Kjo pajisje nuk ka zë për { $language }.
help-no-voice-hint = Për ta shtuar, kërko “Tekst në të folur” te cilësimet e telefonit dhe instalo gjuhën.
help-back-to-settings = Kthehu te cilësimet

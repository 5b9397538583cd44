/** Both languages, for code that speaks either: the CLI, build-time code and the unit tests (vitest.setup.ts). */
import './en.ts';
import './ko.ts';

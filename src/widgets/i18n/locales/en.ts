/** Every English widget table (Node code and tests; browser islands import only the tables they read, see src/widgets/entries/en/). */
import '../ui.en.ts';
import '../reasons.en.ts';
import '../trace.en.ts';
import '../play/bond.en.ts';
import '../play/chooser.en.ts';
import '../play/office.en.ts';
import '../play/playground.en.ts';
import '../../quiz/strings.en.ts';
import '../labs/rvn.en.ts';

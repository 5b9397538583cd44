/** Every Korean widget table (Node code and tests; browser islands import only the tables they read, see src/widgets/entries/ko/). */
import '../ui.ko.ts';
import '../reasons.ko.ts';
import '../trace.ko.ts';
import '../play/bond.ko.ts';
import '../play/chooser.ko.ts';
import '../play/office.ko.ts';
import '../play/playground.ko.ts';
import '../../quiz/strings.ko.ts';
import '../labs/rvn.ko.ts';

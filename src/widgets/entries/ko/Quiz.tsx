/** The quiz island with only the Korean strings loaded. */
import '../../quiz/strings.ko.ts';
export { default } from '../../quiz/Quiz.tsx';

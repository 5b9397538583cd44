/** The quiz island with only the English strings loaded. */
import '../../quiz/strings.en.ts';
export { default } from '../../quiz/Quiz.tsx';

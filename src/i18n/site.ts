import type { Locale } from './locales';

/** Site-level strings (home, course map, 404). Lesson text lives in content/, widget text in src/widgets/i18n. */
export const siteStrings = {
  en: {
    courseMapTitle: 'Course map',
    courseMapIntro: 'Lessons in order. Each one ends with a quiz; your progress stays in this browser.',
    statusNotStarted: 'Not started',
    statusInProgress: 'In progress',
    statusDone: 'Done',
    minutes: (n: number) => `${n} min`,
    readingTimeLabel: 'Reading time:',
    outcomesTitle: 'After this lesson you will be able to',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved, or the link may have a typo.',
    notFoundHome: 'Go to the course home',
    notFoundOther: '한국어 홈으로 가기',
    scrollHintTable: 'Wider than the screen: scroll the table sideways →',
    scrollHintDiagram: 'Wider than the screen: scroll the diagram sideways →',
  },
  ko: {
    courseMapTitle: '강의 지도',
    courseMapIntro: '순서대로 읽으면 됩니다. 강의마다 끝에 퀴즈가 있고, 진도는 이 브라우저에만 저장됩니다.',
    statusNotStarted: '시작 전',
    statusInProgress: '진행 중',
    statusDone: '완료',
    minutes: (n: number) => `${n}분`,
    readingTimeLabel: '읽는 시간:',
    outcomesTitle: '이 강의를 마치면 할 수 있는 것',
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFoundBody: '이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 링크에 오타가 있을 수 있습니다.',
    notFoundHome: '강의 홈으로 가기',
    notFoundOther: 'Go to the English home',
    scrollHintTable: '화면보다 넓은 표예요. 옆으로 밀어 보세요 →',
    scrollHintDiagram: '화면보다 넓은 그림이에요. 옆으로 밀어 보세요 →',
  },
} satisfies Record<Locale, Record<string, unknown>>;

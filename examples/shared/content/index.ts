export { missedInterviewPost } from './post';
export { apologyScript } from './scripts';
export { STORY_NOW, POST_AUTHOR_ID, alexMarlow, missedInterviewDiscussion, publishedCount } from './discussion';
export { weeklyLetter } from './newsletter';

export { missedInterviewPost } from './post';
export { apologyScript } from './scripts';
export { STORY_NOW, POST_AUTHOR_ID, alexMarlow, missedInterviewDiscussion } from './discussion';
export { weeklyLetter } from './newsletter';

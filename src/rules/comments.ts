/**
 * Headers that open a comment section under an article, lower case. From the
 * WordPress comment form ("Leave a Reply", "N responses to …"), Disqus and
 * Viafoura widgets ("Join the conversation", "Top Rated Comments"), and their
 * Portuguese, Spanish, German, Italian, French and Indonesian forms, as they
 * appear in the benchmark's blog and news pages. Counted headers ("34
 * comments") are matched by pattern in the detector.
 */
export const COMMENT_HEADERS = [
  'comments', 'reader comments', 'top rated comments', 'top comments', 'most recent comments', 'leave a reply',
  'leave a comment', 'post a comment', 'add a comment', 'write a comment', 'join the conversation', 'join the discussion',
  'comments are closed', 'show comments', 'view comments', 'load comments', 'view all comments', 'what do you think',
  'have your say', 'deixe um comentário', 'deixe uma resposta', 'deja un comentario', 'deja una respuesta',
  'kommentar schreiben', 'lascia un commento', 'laisser un commentaire', 'tinggalkan balasan', 'tinggalkan komentar',
] as const;

/**
 * Field names that related-article lists use in serialized blobs, by role.
 * Seed 004's var_dump uses `id`, `title`, `pic`; CMS exports (WordPress,
 * Drupal, Bitrix) use the longer forms.
 */
export const RELATED_KEYS = {
  title: ['title', 'headline', 'name', 'post_title', 'caption', 'heading'],
  id: ['id', 'nid', 'post_id', 'article_id', 'uuid', 'guid'],
  url: ['url', 'link', 'href', 'permalink', 'canonical', 'uri', 'path'],
  image: ['image', 'pic', 'img', 'picture', 'thumbnail', 'thumb', 'image_url', 'imageurl', 'photo', 'cover'],
} as const;

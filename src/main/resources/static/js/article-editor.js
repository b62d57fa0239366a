/*
 * Tòa Soạn article editor: turns the body's plain HTML textarea into TinyMCE 6 (served from the jar, MIT) and adds
 * a picker for the cover image. Without JavaScript, or if TinyMCE fails to load, the form still works: the textarea
 * takes HTML and the cover takes an image number. The server cleans everything again on save (BodySanitizer).
 */
(function () {
  'use strict';

  var BASE = '/vendor/tinymce';

  /** Word's HTML, before TinyMCE sees it: what the server's WordPaste does too, so the editor shows the result. */
  function cleanWord(html) {
    return html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      .replace(/<!\[if[\s\S]*?<!\[endif\]>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?o:p[^>]*>/gi, '')
      .replace(/<\/?(?:v|w|m|st1):[^>]*>/gi, '')
      .replace(/<xml[\s\S]*?<\/xml>/gi, '')
      .replace(/<style[\s\S]*?<\/style>/gi, '')
      .replace(/\s(?:class|style|lang|align|face|size)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/<\/?(?:span|font)\s*>/gi, '')
      .replace(/(?:&nbsp;|\u00a0){2,}/g, ' ');
  }

  function imageList(url) {
    return function (success) {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { success(Array.isArray(items) ? items : []); })
        .catch(function () { success([]); });
    };
  }

  function startEditor(textarea) {
    if (!window.tinymce) {
      return;
    }
    window.tinymce.init({
      target: textarea,
      base_url: BASE,
      suffix: '.min',
      language: 'vi',
      language_url: BASE + '/langs/vi.js',
      skin_url: BASE + '/skins/ui/oxide',
      // Static files are cached for a year: TinyMCE's own files by its version, ours by the hashed address the
      // page gives (the resource chain's content hash), so an upgrade or a change reaches every editor at once.
      cache_suffix: '?v=' + window.tinymce.majorVersion + '.' + window.tinymce.minorVersion,
      content_css: [BASE + '/skins/content/default/content.min.css',
        textarea.getAttribute('data-content-css') || '/css/article-editor-content.css'],
      menubar: false,
      // The element path's items carry an aria-level that their role does not allow.
      elementpath: false,
      branding: false,
      promotion: false,
      plugins: 'lists link table image code autoresize wordcount',
      toolbar: 'undo redo | blocks | bold italic | bullist numlist | link table image | code',
      block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4; Trích dẫn=blockquote',
      min_height: 420,
      autoresize_bottom_margin: 24,
      entity_encoding: 'raw',
      relative_urls: false,
      remove_script_host: true,
      convert_urls: true,
      // Images: with a caption (figure/figcaption) and a required text alternative.
      image_caption: true,
      image_description: true,
      image_dimensions: false,
      image_title: false,
      image_list: imageList(textarea.getAttribute('data-image-list')),
      a11y_advanced_options: false,
      link_default_target: '',
      link_title: false,
      link_default_protocol: 'https',
      table_default_styles: {},
      table_default_attributes: {},
      object_resizing: false,
      // Only what the server keeps; the rest would vanish on save anyway.
      valid_elements: 'p,br,h2,h3,h4,strong/b,em/i,u,s,sub,sup,blockquote,ul,ol[start],li,a[href|title],'
        + 'img[src|alt|width|height],figure[class],figcaption,table,caption,thead,tbody,tfoot,tr,'
        + 'th[scope|colspan|rowspan],td[colspan|rowspan],hr,'
        + 'iframe[src|title|width|height|allowfullscreen]',
      valid_styles: {},
      paste_data_images: false,
      paste_webkit_styles: 'none',
      paste_remove_styles_if_webkit: true,
      paste_preprocess: function (editor, args) {
        args.content = cleanWord(args.content);
      },
      setup: function (editor) {
        editor.on('init', function () {
          // TinyMCE labels the editable body, whose implicit role (document) may not carry a label: it is a
          // multi-line text box, so say so.
          var body = editor.getBody();
          body.setAttribute('role', 'textbox');
          body.setAttribute('aria-multiline', 'true');
          document.documentElement.classList.add('nr-editor-ready');
        });
        // Refuse to leave an image without its text alternative: the server would refuse the save.
        editor.on('SubmitContent GetContent', function () {
          editor.getBody().querySelectorAll('img:not([alt]), img[alt=""]').forEach(function (img) {
            img.classList.add('nr-missing-alt');
          });
        });
      }
    });
  }

  /** A small picker next to the cover field: the library's images as buttons that fill in the number. */
  function startCoverPicker(field) {
    var listUrl = document.getElementById('bodyHtml');
    var url = listUrl ? listUrl.getAttribute('data-image-list') : null;
    if (!url || !window.fetch) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'nr-button-secondary nr-cover-pick';
    button.textContent = 'Chọn từ thư viện…';
    var panel = document.createElement('div');
    panel.className = 'nr-cover-choices';
    panel.hidden = true;
    field.parentNode.insertBefore(button, field.nextSibling);
    button.parentNode.insertBefore(panel, button.nextSibling);
    button.addEventListener('click', function () {
      if (!panel.hidden) {
        panel.hidden = true;
        return;
      }
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          panel.textContent = '';
          if (!items.length) {
            panel.textContent = 'Thư viện chưa có ảnh.';
          }
          items.forEach(function (item) {
            var choice = document.createElement('button');
            choice.type = 'button';
            choice.className = 'nr-cover-choice';
            var img = document.createElement('img');
            img.src = item.value;
            img.alt = item.title || '';
            img.width = 120;
            choice.appendChild(img);
            choice.addEventListener('click', function () {
              field.value = item.id;
              var thumb = document.querySelector('.nr-cover-thumb');
              if (!thumb) {
                thumb = document.createElement('img');
                thumb.className = 'nr-cover-thumb';
                thumb.width = 160;
                panel.parentNode.insertBefore(thumb, panel);
              }
              thumb.src = item.value;
              thumb.alt = item.title || '';
              panel.hidden = true;
            });
            panel.appendChild(choice);
          });
          panel.hidden = false;
        })
        .catch(function () {
          panel.textContent = 'Không tải được thư viện ảnh: hãy gõ mã ảnh.';
          panel.hidden = false;
        });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var body = document.getElementById('bodyHtml');
    if (body && !body.closest('fieldset[disabled]')) {
      startEditor(body);
    }
    var cover = document.getElementById('coverMediaId');
    if (cover && !cover.closest('fieldset[disabled]')) {
      startCoverPicker(cover);
    }
  });
}());

package ps.rasd.platform.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ps.rasd.shared.CursorPage;

/**
 * Gives every page of a keyset-paged list the address of the next page: in the body ({@code nextLink}) and as a
 * {@code Link: <...>; rel="next"} header. The address is the request's own, with its {@code cursor} replaced.
 */
@RestControllerAdvice
class CursorLinkAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof CursorPage<?> page) || page.next() == null
				|| !(request instanceof ServletServerHttpRequest servlet)) {
			return body;
		}
		var builder = ServletUriComponentsBuilder.fromRequestUri(servlet.getServletRequest());
		servlet.getServletRequest().getParameterMap().forEach((name, values) -> {
			if (!name.equals("cursor")) {
				builder.queryParam(name, (Object[]) values);
			}
		});
		String link = builder.queryParam("cursor", page.next()).build().encode().toUriString();
		response.getHeaders().add(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
		return page.withNextLink(link);
	}
}
